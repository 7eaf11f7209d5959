// Owned by the sidebar work; filled in as it lands.
export {};
