// `node -e 0` as a script: the start-up floor of the bench's `startup` case.
