export * from "./cents";
export * from "./round";
export * from "./decimal";
export * from "./parse";
export * from "./format";
