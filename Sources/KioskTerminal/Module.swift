// KioskTerminal
