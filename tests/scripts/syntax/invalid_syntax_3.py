# lemonpy: stderr=all
import
