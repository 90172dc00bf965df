#!/usr/bin/env node
// Entry point installed as `concord`: hands argv to the CLI and exits with the code it returns.
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv.slice(2));
