/** English texts of the table plan (`vernetzt meeting plan`): sheets, table cards, plan rows, the report. */
export const seatingMessagesEn = {
  lang: "en",
  round: (p: { round: number }) => `Round ${p.round}`,
  table: (p: { table: number }) => `Table ${p.table}`,
  roundTable: (p: { round: number; table: number }) => `Round ${p.round}, table ${p.table}`,
  indexTitle: (p: { title: string }) => `Table plan: ${p.title}`,
  indexIntro: (p: { participants: number; tables: number; rounds: number }) =>
    `${p.participants} participants at ${p.tables} tables, ${p.rounds} ${p.rounds === 1 ? "round" : "rounds"}. Print the table cards for the tables and hand each participant their sheet.`,
  tableCardsLink: "Table cards (one page per round and table)",
  sheetsLink: "Personal sheets (one page per participant)",
  atTable: "At this table",
  talkingPoints: "Reasons to talk",
  noTalkingPoints: "No planned introduction at this table: a good moment for an open round.",
  sheetTitle: (p: { name: string }) => `Your table plan, ${p.name}`,
  talkTo: "Talk to",
  alsoAtTable: "Also at the table",
  nobodyToSeek: "No planned introduction in this round: get to know the others at the table.",
  offers: (p: { item: string }) => `offers what you seek: ${p.item}`,
  seeks: (p: { item: string }) => `seeks what you offer: ${p.item}`,
  gap: (p: { theirs: string; yours: string }) =>
    `from ${p.theirs}: ${p.yours} and ${p.theirs} have hardly any ties yet`,
  recommended: (p: { rank: number }) => `a recommended contact for you (place ${p.rank})`,
  pairLine: (p: { a: string; b: string; parts: string[] }) => `${p.a} – ${p.b}: ${p.parts.join("; ")}`,
  partOffer: (p: { offeredBy: string; soughtBy: string; item: string }) =>
    `${p.offeredBy} offers what ${p.soughtBy} seeks (${p.item})`,
  partGap: (p: { districts: [string, string] }) => `across the gap ${p.districts[0]} – ${p.districts[1]}`,
  partRecommended: "recommended",
  morePairs: (p: { count: number }) => `… and ${p.count} more ${p.count === 1 ? "pair" : "pairs"}.`,
  footer: (p: { title: string }) => `vernetzt · ${p.title}`,
  columns: {
    round: "round",
    table: "table",
    id: "id",
    name: "name",
    district: "district",
    sector: "sector",
    talkTo: "talk to",
  },
  quality: (p: { met: number; valuable: number; mean: string; p95: number; beaten: string; draws: string }) =>
    `Valuable pairs who meet: ${p.met} of ${p.valuable}. Random seating: ${p.mean} on average, 95th percentile ${p.p95}; the plan beats ${p.beaten} % of ${p.draws} random plans.`,
  noValuablePairs:
    "No pair among the participants has a complementary offer and need, a recommendation or a gap between their districts: the plan only mixes the tables.",
  splitViolations: (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? "pair" : "pairs"} of the same organisation share a table: there are more representatives than tables.`,
  written: (p: { dir: string }) =>
    `Table plan written to ${p.dir}: index.html, table cards, personal sheets, CSV and XLSX.`,
  participantsUnreadable: (p: { file: string; reason: string }) =>
    `The participant list ${p.file} cannot be read: ${p.reason}`,
  participantProblem: {
    unknown: (p: { file: string; row: number; value: string; actor: string }) =>
      `${p.file}, row ${p.row}: "${p.value}" is not in the data (neither id nor name of an actor): seated as a guest, without known offers and needs. If it is a typing error, write the name as in the actors table, or the id.`,
    ambiguous: (p: { file: string; row: number; value: string; actor: string }) =>
      `${p.file}, row ${p.row}: several actors are called "${p.value}": seated as a guest; write the id to say who is meant.`,
    duplicate: (p: { file: string; row: number; value: string; actor: string }) =>
      `${p.file}, row ${p.row}: "${p.value}" is listed twice; seated once.`,
    variant: (p: { file: string; row: number; value: string; actor: string }) =>
      `${p.file}, row ${p.row}: "${p.value}" read as "${p.actor}".`,
    typo: (p: { file: string; row: number; value: string; actor: string }) =>
      `${p.file}, row ${p.row}: "${p.value}" read as "${p.actor}" (a typing error?).`,
  },
  repeatedPairs: (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? "pair sits" : "pairs sit"} together in more than one round: the plan puts a valuable introduction before a new face at the table.`,
  unknownMeeting: (p: { meeting: string; meetings: string[] }) =>
    `There is no meeting "${p.meeting}". Meetings: ${p.meetings.slice(0, 12).join(", ")}${p.meetings.length > 12 ? ", …" : ""}.`,
};

export type SeatingMessages = typeof seatingMessagesEn;
