/**
 * Figures of a folder written by `vernetzt generate`, read line by line (works for a million actors):
 * per wave the number of ties, mean and maximum degree, and the shares of ties inside a district and
 * inside a sector. Used for the figures in `data/README.md`.
 *
 *   node --conditions=@vernetzt/source --import tsx data/scripts/describe-generated.ts <folder>
 *
 * It reads the generator's own plain CSV (no quoted fields in the id, sector and district columns),
 * not arbitrary datasets: for those, use `vernetzt validate` and the analyses.
 */
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

const folder = process.argv[2];
if (!folder) {
  process.stderr.write("usage: describe-generated.ts <folder written by vernetzt generate>\n");
  process.exit(2);
}

async function* rows(file: string): AsyncGenerator<string[]> {
  let header = true;
  for await (const line of createInterface({
    input: createReadStream(join(folder!, file)),
    crlfDelay: Infinity,
  })) {
    if (header) header = false;
    else if (line !== "") yield line.split(",");
  }
}

// actors.csv columns: id,name,kind,sector,district,… — names contain no comma, so split works up to district.
const index = new Map<string, number>();
const district: number[] = [];
const sector: number[] = [];
const codes = new Map<string, number>();
const code = (value: string) => codes.get(value) ?? codes.set(value, codes.size).get(value)!;
for await (const [id, , , s, d] of rows("actors.csv")) {
  index.set(id!, district.length);
  sector.push(code(s!));
  district.push(code(d!));
}

interface WaveFigures {
  ties: number;
  insideDistrict: number;
  insideSector: number;
  degree: Uint32Array;
}
const waves = new Map<string, WaveFigures>();
for await (const [source, target, , , wave] of rows("ties.csv")) {
  let figures = waves.get(wave!);
  if (!figures) {
    figures = { ties: 0, insideDistrict: 0, insideSector: 0, degree: new Uint32Array(district.length) };
    waves.set(wave!, figures);
  }
  const a = index.get(source!)!;
  const b = index.get(target!)!;
  figures.ties++;
  if (district[a] === district[b]) figures.insideDistrict++;
  if (sector[a] === sector[b]) figures.insideSector++;
  figures.degree[a]!++;
  figures.degree[b]!++;
}

const n = district.length;
for (const [wave, f] of waves) {
  let max = 0;
  for (const d of f.degree) if (d > max) max = d;
  const mean = (2 * f.ties) / n;
  process.stdout.write(
    `wave ${wave}: ${f.ties} ties, mean degree ${mean.toFixed(2)}, max degree ${max} (${(max / mean).toFixed(0)}× mean), ` +
      `inside district ${((100 * f.insideDistrict) / f.ties).toFixed(1)} %, ` +
      `inside sector ${((100 * f.insideSector) / f.ties).toFixed(1)} %\n`,
  );
}
