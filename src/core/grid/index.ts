export * from "./catalogue";
export * from "./model";
export * from "./siret";
export * from "./validate";
export * from "./json";
export * from "./findings";
export * from "./cells";
export * from "./schema";
export * from "./reference";

export * from "./pricing-ids";
