module strconvgen

go 1.19
