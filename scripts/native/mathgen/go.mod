module mathgen

go 1.19
