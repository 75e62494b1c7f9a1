import { triplesOf } from "../test/helpers/graph.ts";
const cases = process.argv.slice(2);
for (const c of cases) console.log(c, "\n   ", (await triplesOf(c)).join("\n    "));
