// Placeholder until the Bluetooth parsers land.
