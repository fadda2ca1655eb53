module cmplxcompare

go 1.19
