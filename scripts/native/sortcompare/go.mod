module sortcompare

go 1.19
