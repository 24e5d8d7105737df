N = 100_000


def main():
    i_sum = 0
    for number in range(1, N):
        i_sum += number
    print(i_sum)


main()
