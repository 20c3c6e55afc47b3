export { buildRegisterPlan, type RegisterOptions } from "./plan";
export {
  REGISTER_SHEETS,
  REGISTER_TABLES,
  registerNames,
  type RegisterNames,
  type RegisterSheet,
  type RegisterTable,
  type TakenNames,
} from "./names";
