// Type switches: multiple types per case, nil case, default, bound variable types.
package main

import "fmt"

type Celsius float64

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case Celsius:
		return fmt.Sprintf("temperature %.1f", float64(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", Celsius(3), fmt.Errorf("boom"), []int{1, 2}, func() int { return 7 }, 2.5, map[int]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}
