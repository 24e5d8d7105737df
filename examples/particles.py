# The particle simulator from the "Python High Performance" talk (Gabriele Lanaro):
# particles rotate around the origin; the pure-Python inner loop is the hot spot a JIT speeds up.
# Shows: classes, attribute updates in a tight float loop, f-string float formatting, asserts.


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
                # 1. calculate the direction
                norm = (p.x**2 + p.y**2) ** 0.5
                v_x = -p.y / norm
                v_y = p.x / norm

                # 2. calculate the displacement
                d_x = timestep * p.ang_vel * v_x
                d_y = timestep * p.ang_vel * v_y

                p.x += d_x
                p.y += d_y
                # 3. repeat for all the time steps


def test_evolve():
    particles = [
        Particle(0.3, 0.5, +1),
        Particle(0.0, -0.5, -1),
        Particle(-0.1, -0.4, +3),
    ]
    simulator = ParticleSimulator(particles)
    simulator.evolve(0.1)

    reference = [(0.210269, 0.543863), (-0.099334, -0.490034), (0.191358, -0.365227)]
    for p, (rx, ry) in zip(particles, reference):
        print(f"x={p.x:.6f} y={p.y:.6f}")
        assert abs(p.x - rx) < 1e-5 and abs(p.y - ry) < 1e-5, (p.x, p.y, rx, ry)
    print("reference matched")


def lcg(seed):
    """A small linear congruential generator, so the big run needs no random module."""
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2**31
        yield state / 2**31


def benchmark(n, dt):
    gen = lcg(2024)
    particles = [Particle(next(gen) - 0.5, next(gen) - 0.5, next(gen) * 2 - 1) for _ in range(n)]
    simulator = ParticleSimulator(particles)
    simulator.evolve(dt)
    sx = sum(p.x for p in particles)
    sy = sum(p.y for p in particles)
    r2 = sum(p.x * p.x + p.y * p.y for p in particles)
    print(f"{n} particles, {int(dt / 0.00001)} steps")
    print(f"checksum x={sx:.9f} y={sy:.9f} r2={r2:.9f}")


if __name__ == "__main__":
    test_evolve()
    benchmark(100, 0.15)
