// KioskStore
