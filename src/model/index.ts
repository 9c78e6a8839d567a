export * from "./layout.js";
export * from "./output.js";
export * from "./doc.js";
export * from "./errors.js";
