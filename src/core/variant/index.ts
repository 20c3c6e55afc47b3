export * from "./model";
export * from "./product";
export * from "./check";
export * from "./checked";
export * from "./read";
export * from "./label";
