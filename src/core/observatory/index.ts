export * from "./quartiles";
export * from "./disclosure";
export * from "./observatory";
export * from "./insertion";
