package main

import fmt

import 42

func main() {}
