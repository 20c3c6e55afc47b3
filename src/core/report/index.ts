export * from "./html";
export * from "./svg";
export * from "./svg-bars";
