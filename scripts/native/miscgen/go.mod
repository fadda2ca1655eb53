module miscgen

go 1.19
