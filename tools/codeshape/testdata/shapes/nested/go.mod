// A module of its own (like tools/): not checked.
module example.com/nested

go 1.26
