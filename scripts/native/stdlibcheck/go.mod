module stdlibcheck

go 1.19
