// Owned by the setup work; filled in as it lands.
export {};
