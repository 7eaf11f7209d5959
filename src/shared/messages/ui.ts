// Owned by the ui work; filled in as it lands.
export {};
