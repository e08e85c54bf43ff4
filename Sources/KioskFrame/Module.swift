// KioskFrame
