export * from "./types";
export * from "./exact";
export * from "./stats";
export * from "./rank";
export * from "./scores";
export * from "./oab";
export * from "./lines";
export * from "./compare";
