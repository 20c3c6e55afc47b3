export * from "./model";
export * from "./layout";
export * from "./parts";
export * from "./canonical";
export * from "./read";
export * from "./rows";
export * from "./formulas";
export * from "./plan";
