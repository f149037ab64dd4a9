# raytrace.py -- a small ray tracer: a Vector class with operator
# overloading (__add__, __sub__, __mul__, __rmul__, __neg__, __abs__),
# spheres and a plane behind one Shape interface, Lambert shading with
# shadows and reflections, rendered into a small image.  Classes, dunder
# calls, float arithmetic and object creation dominate.  Prints a checksum
# of the image.  (No imports: ** 0.5 stands for math.sqrt.)


class Vector:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __abs__(self):
        return self.dot(self) ** 0.5

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def normalized(self):
        return self * (1.0 / abs(self))

    def reflect(self, normal):
        return self - (2.0 * self.dot(normal)) * normal


class Colour:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Colour(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, k):
        if isinstance(k, Colour):
            return Colour(self.r * k.r, self.g * k.g, self.b * k.b)
        return Colour(self.r * k, self.g * k, self.b * k)

    def clamped(self):
        return Colour(min(self.r, 1.0), min(self.g, 1.0), min(self.b, 1.0))


BLACK = Colour(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Shape:
    def __init__(self, colour, reflectivity):
        self.colour = colour
        self.reflectivity = reflectivity

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, p):
        raise NotImplementedError

    def colour_at(self, p):
        return self.colour


class Sphere(Shape):
    def __init__(self, centre, radius, colour, reflectivity=0.3):
        super().__init__(colour, reflectivity)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane(Shape):
    def __init__(self, point, normal, colour, reflectivity=0.1):
        super().__init__(colour, reflectivity)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        if int(p.x // 1.0 + p.z // 1.0) % 2 == 0:
            return self.colour
        return self.colour * 0.5


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self):
        self.shapes = []
        self.lights = []
        self.ambient = 0.1

    def add(self, shape):
        self.shapes.append(shape)
        return self

    def nearest(self, ray):
        best_t, best = None, None
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, s
        return best_t, best

    def shadowed(self, point, light):
        to_light = light.position - point
        dist = abs(to_light)
        t, s = self.nearest(Ray(point, to_light))
        return s is not None and t < dist

    def trace(self, ray, depth=0):
        t, shape = self.nearest(ray)
        if shape is None:
            return BLACK
        p = ray.point_at(t)
        n = shape.normal_at(p)
        base = shape.colour_at(p)
        colour = base * self.ambient
        for light in self.lights:
            if self.shadowed(p, light):
                continue
            lam = n.dot((light.position - p).normalized())
            if lam > 0.0:
                colour = colour + base * light.colour * lam
        if depth < 2 and shape.reflectivity > 0.0:
            r = Ray(p, ray.direction.reflect(n))
            colour = colour + self.trace(r, depth + 1) * shape.reflectivity
        return colour.clamped()


def render(scene, width, height):
    eye = Vector(0.0, 1.5, -5.0)
    pixels = []
    for j in range(height):
        y = 1.0 - 2.0 * j / height
        row = []
        for i in range(width):
            x = 2.0 * i / width - 1.0
            c = scene.trace(Ray(eye, Vector(x, y, 1.0)))
            row.append((int(c.r * 255), int(c.g * 255), int(c.b * 255)))
        pixels.append(row)
    return pixels


def main():
    scene = Scene()
    scene.add(Sphere(Vector(0.0, 1.0, 3.0), 1.0, Colour(1.0, 0.2, 0.2)))
    scene.add(Sphere(Vector(-2.0, 0.7, 4.0), 0.7, Colour(0.2, 1.0, 0.2)))
    scene.add(Sphere(Vector(1.8, 0.5, 2.0), 0.5, Colour(0.2, 0.3, 1.0), 0.6))
    scene.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), Colour(0.9, 0.9, 0.9)))
    scene.lights.append(Light(Vector(-3.0, 5.0, -2.0), Colour(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vector(4.0, 4.0, -1.0), Colour(0.4, 0.4, 0.5)))
    pixels = render(scene, 320, 240)
    total = 0
    for j, row in enumerate(pixels):
        for i, (r, g, b) in enumerate(row):
            total = (total * 31 + r * 65536 + g * 256 + b + i + j) % 1000000007
    print(len(pixels), len(pixels[0]), total)
    print(pixels[120][160], pixels[10][10], pixels[200][260])


main()
