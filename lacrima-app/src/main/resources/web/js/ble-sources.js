// Placeholder until the Bluetooth sources land.
