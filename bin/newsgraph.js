#!/usr/bin/env node
// Entry point of the `newsgraph` command: runs the TypeScript CLI through tsx, so the
// source in src/ is what runs (no separate build step to forget).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv);
