# Gould-Fernandez brokerage by R sna, added to each fixture as expected$sna.
# Usage: Rscript scripts/reference/groups/brokerage.R test/fixtures/reference-groups/<name>.json ...
# Actors without a category are left out with their ties (as vernetzt does); undirected ties are given
# to sna in both directions (a symmetric adjacency matrix).
suppressMessages({
  library(sna)
  library(jsonlite)
})
for (path in commandArgs(trailingOnly = TRUE)) {
  fx <- fromJSON(path, simplifyVector = FALSE)
  actors <- Filter(function(a) !is.null(a$category), fx$actors)
  ids <- vapply(actors, function(a) a$id, "")
  cl <- vapply(actors, function(a) a$category, "")
  n <- length(ids)
  adj <- matrix(0, n, n, dimnames = list(ids, ids))
  for (t in fx$ties) {
    s <- match(t[[1]], ids)
    d <- match(t[[2]], ids)
    if (is.na(s) || is.na(d)) next
    adj[s, d] <- 1
    if (!fx$directed) adj[d, s] <- 1
  }
  b <- brokerage(adj, cl)
  rows <- function(m) lapply(seq_len(nrow(m)), function(i) as.list(setNames(m[i, ], colnames(m))))
  fx$expected$sna <- list(
    version = as.character(packageVersion("sna")),
    actors = ids,
    raw.nli = rows(b$raw.nli),
    z.nli = rows(b$z.nli),
    raw.gli = as.list(b$raw.gli),
    exp.gli = as.list(b$exp.gli),
    sd.gli = as.list(b$sd.gli),
    z.gli = as.list(b$z.gli)
  )
  # NaN/Inf (sd = 0) become null.
  writeLines(toJSON(fx, auto_unbox = TRUE, digits = NA, null = "null", na = "null", pretty = TRUE), path, useBytes = TRUE)
}
