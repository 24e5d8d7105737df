# importing a module file that sits beside the program: executed once, cached
import _helper_geometry
import _helper_geometry as geo
from _helper_geometry import area, Square as Sq, bump
print(_helper_geometry is geo)
print(area(2), geo.area(1), Sq(3).area(), geo.PI_ISH)
print(bump(), bump(), geo.bump(), geo._counter)
geo.PI_ISH = 3
print(area(2), _helper_geometry.PI_ISH)
print(__name__, geo.__name__, type(geo).__name__)
import _helper_geometry
print("imported again without re-running")
