// Owned by the validation work; filled in as it lands.
export {};
