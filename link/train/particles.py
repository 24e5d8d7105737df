class Particle:
    def __init__(self, x, y, ang_vel):
        self.x = x
        self.y = y
        self.ang_vel = ang_vel


class ParticleSimulator:
    def __init__(self, particles):
        self.particles = particles

    def evolve(self, dt):
        timestep = 0.00001
        nsteps = int(dt / timestep)
        for i in range(nsteps):
            for p in self.particles:
                norm = (p.x ** 2 + p.y ** 2) ** 0.5
                v_x = -p.y / norm
                v_y = p.x / norm
                d_x = timestep * p.ang_vel * v_x
                d_y = timestep * p.ang_vel * v_y
                p.x += d_x
                p.y += d_y


def lcg(x):
    return (x * 1103515245 + 12345) % 2147483648


def uniform(x):
    # value in [-1, 1) from an LCG state
    return x / 2147483648.0 * 2.0 - 1.0


def main():
    n = 300
    seed = 42
    particles = []
    for i in range(n):
        seed = lcg(seed)
        x = uniform(seed)
        seed = lcg(seed)
        y = uniform(seed)
        seed = lcg(seed)
        w = uniform(seed)
        particles.append(Particle(x, y, w))
    sim = ParticleSimulator(particles)
    sim.evolve(0.0025)
    sx = 0.0
    sy = 0.0
    for p in particles:
        sx += p.x
        sy += p.y
    print(f"{sx + sy:.6f}")


main()
