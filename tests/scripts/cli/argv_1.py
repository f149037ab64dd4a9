# sys.argv[0] is the script as named on the command line; __name__ is
# "__main__".
import sys
print(sys.argv)
print(__name__)
if __name__ == "__main__":
    print("run as the main program")
