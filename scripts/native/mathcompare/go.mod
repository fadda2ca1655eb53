module mathcompare

go 1.19
