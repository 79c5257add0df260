/** The child process of the real-size benchmark (realSize.ts): measures one architecture, prints JSON. */
import { measureArchitecture, type Architecture, type RealSizeOptions } from "./realSize";

const [architecture, json] = process.argv.slice(2);
measureArchitecture(architecture as Architecture, JSON.parse(json!) as RealSizeOptions).then(
  (result) => {
    process.stdout.write(`\n${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
