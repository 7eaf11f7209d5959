// Owned by the agreement work; filled in as it lands.
export {};
