/** Dynamic GEXF: one tie per edge and wave with the values of that wave; node times and changes reported. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDataset } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";

const GEPHI = join(import.meta.dirname, "..", "..", "fixtures", "interop", "real", "gephi");
const gephi = (name: string) => parseDataset([{ name, data: readFileSync(join(GEPHI, name), "utf8") }]);
const ties = (result: Awaited<ReturnType<typeof parseDataset>>) =>
  (result.dataset?.ties ?? []).map((tie) => [tie.source, tie.target, tie.wave, tie.weight]);
const codes = (result: Awaited<ReturnType<typeof parseDataset>>) =>
  result.report.issues.map((issue) => `${issue.code}@${issue.file}:${issue.row}:${issue.column}`);

/** Gephi 0.9 style: interval spells and interval values, a node attribute changing, open intervals. */
const SPELLS = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph mode="dynamic" defaultedgetype="undirected" timeformat="double">
    <attributes class="node" mode="dynamic">
      <attribute id="0" title="Stadtteil" type="string"/>
    </attributes>
    <attributes class="edge" mode="dynamic">
      <attribute id="weight" title="Weight" type="double"/>
      <attribute id="1" title="Art" type="string"/>
    </attributes>
    <nodes>
      <node id="kita" label="Kita">
        <attvalues>
          <attvalue for="0" value="Süd" start="2019.0" end="2020.0"/>
          <attvalue for="0" value="Nord" start="2021.0"/>
        </attvalues>
      </node>
      <node id="schule" label="Schule"/>
      <node id="verein" label="Verein"><spells><spell start="2020.0"/></spells></node>
    </nodes>
    <edges>
      <edge id="0" source="kita" target="schule">
        <attvalues>
          <attvalue for="weight" value="1.0" start="2019.0" end="2020.0"/>
          <attvalue for="weight" value="3.0" start="2021.0"/>
          <attvalue for="1" value="Kooperation"/>
        </attvalues>
        <spells><spell start="2019.0" end="2020.0"/><spell start="2021.0"/></spells>
      </edge>
      <edge id="1" source="schule" target="verein" start="2020.0" endopen="2021.0"/>
      <edge id="2" source="kita" target="verein"/>
    </edges>
  </graph>
</gexf>`;

describe("dynamic GEXF", () => {
  it("reads a weight with timestamps as one tie per wave (Gephi's dynamicedgeweight.gexf)", async () => {
    const result = await gephi("dynamicedgeweight.gexf");
    expect(codes(result)).toEqual([]);
    expect(result.dataset?.waves).toEqual(["2004", "2005"]);
    expect(ties(result)).toEqual([
      ["0", "1", "2004", 1],
      ["0", "1", "2005", 2],
    ]);
  });

  it("reads a time slice as one wave at its time (Gephi's slice.gexf)", async () => {
    const result = await gephi("slice.gexf");
    expect(ties(result)).toEqual([["1", "2", "2007", 2]]);
    expect(result.dataset?.actors.map((actor) => actor.attributes.price)).toEqual(["12", "8"]);
  });

  it("reports node times it cannot keep and reads the ties in every wave (Gephi's timezone.gexf)", async () => {
    const result = await gephi("timezone.gexf");
    expect(codes(result)).toEqual(["NODE_TIMES_IGNORED@timezone.gexf/nodes:null:null"]);
    expect(ties(result)).toEqual([["0", "1", "1", 1]]);
  });

  it("gives each wave the edges that exist then, with the values they have then", async () => {
    const result = await parseDataset([{ name: "zeit.gexf", data: SPELLS }]);
    expect(result.dataset?.waves).toEqual(["2019", "2020", "2021"]);
    expect(
      result.dataset?.ties.map((tie) => [tie.source, tie.target, tie.wave, tie.weight, tie.type ?? null]),
    ).toEqual([
      ["kita", "schule", "2019", 1, "Kooperation"],
      ["kita", "schule", "2020", 1, "Kooperation"],
      ["kita", "schule", "2021", 3, "Kooperation"],
      ["schule", "verein", "2020", 1, null], // [2020, 2021): not in 2021
      ["kita", "verein", "2019", 1, null], // no times: every wave
      ["kita", "verein", "2020", 1, null],
      ["kita", "verein", "2021", 1, null],
    ]);
    expect(result.dataset?.actors[0]?.district).toBe("Nord");
    expect(codes(result)).toEqual([
      "NODE_TIMES_IGNORED@zeit.gexf/nodes:null:null",
      "VALUE_OVER_TIME@zeit.gexf/nodes:1:Stadtteil",
    ]);
  });

  it("reads a GEXF without times exactly as a static graph", async () => {
    const result = await parseDataset([
      {
        name: "statisch.gexf",
        data: SPELLS.replace(/ (start|end|endopen)="[^"]*"/g, "")
          .replace(/<spells>.*?<\/spells>/g, "")
          .replace('mode="dynamic"', ""),
      },
    ]);
    expect(result.dataset?.waves).toEqual(["1"]);
    expect(result.dataset?.ties).toHaveLength(3);
  });
});
