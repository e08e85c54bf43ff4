// GongjiApp
