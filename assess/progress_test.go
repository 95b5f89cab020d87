package assess_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
)

// TestProgressCountsEveryInputOnce checks that WithProgress hears of each
// input of a batch once, failed ones included, with done rising by one.
func TestProgressCountsEveryInputOnce(t *testing.T) {
	var calls [][2]int
	a, err := assess.New(context.Background(), assess.WithClock(fixedClock), assess.WithWorkers(3),
		assess.WithProgress(func(done, total int) { calls = append(calls, [2]int{done, total}) }))
	require.NoError(t, err)
	var inputs []assess.Input
	for i := range 7 {
		inputs = append(inputs, assess.Input{Path: fmt.Sprintf("s%d.yaml", i),
			Data: fmt.Appendf(nil, "apiVersion: dria/v1\nkind: System\nmetadata: {name: s%d, title: S}\nspec: {}\n", i)})
	}
	inputs = append(inputs, assess.Input{Path: "bad.yaml", Data: []byte("apiVersion: dria/v1\n")})
	_, err = a.AssessBatch(context.Background(), inputs)
	require.Error(t, err, "bad.yaml is invalid")
	require.Len(t, calls, 8)
	for i, c := range calls {
		assert.Equal(t, [2]int{i + 1, 8}, c)
	}
}

func TestWithProgressNeedsAFunction(t *testing.T) {
	_, err := assess.New(context.Background(), assess.WithProgress(nil))
	assert.EqualError(t, err, "assess: WithProgress needs a function")
}
