import type { CliCommand } from "../command";
import { bordereau } from "./bordereau";
import { check } from "./check";
import { compare } from "./compare";
import { collect } from "./collect";
import { demo } from "./demo";
import { fill } from "./fill";
import { map } from "./map";
import { price } from "./price";
import { read } from "./read";
import { template } from "./template";

/** Every command of `grille`, in the order help lists them. A new command adds one line here. */
export const COMMANDS: readonly CliCommand[] = [
  template,
  read,
  price,
  map,
  fill,
  bordereau,
  check,
  compare,
  collect,
  demo,
];
