//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018), scaled to an
//! SVG canvas `WIDTH` wide. Used both by the map generator (the land outline) and by
//! the app (the office markers), so the two always line up.

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;

/// Half the width and half the height of the unscaled projection.
const X_MAX: f64 = 2.706_629_983_696_075;
const Y_MAX: f64 = 1.317_362_759_157_4;

/// The width of the map in SVG units; the height follows from the projection.
pub const WIDTH: f64 = 1000.0;
pub const HEIGHT: f64 = WIDTH * Y_MAX / X_MAX;

fn raw(lat: f64, lon: f64) -> (f64, f64) {
    let m = 3f64.sqrt() / 2.0;
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    let theta = (m * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = 2.0 * 3f64.sqrt() * lambda * theta.cos()
        / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// Latitude and longitude (degrees) to SVG x, y (y down), on a `WIDTH` × `HEIGHT` canvas.
pub fn project(lat: f64, lon: f64) -> (f64, f64) {
    let (x, y) = raw(lat, lon);
    let s = WIDTH / (2.0 * X_MAX);
    ((x + X_MAX) * s, (Y_MAX - y) * s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 0.5 && (a.1 - b.1).abs() < 0.5
    }

    #[test]
    fn the_corners_and_centre_land_on_the_canvas_edges() {
        assert!(close(project(0.0, 0.0), (WIDTH / 2.0, HEIGHT / 2.0)));
        assert!(close(project(0.0, 180.0), (WIDTH, HEIGHT / 2.0)));
        assert!(close(project(0.0, -180.0), (0.0, HEIGHT / 2.0)));
        assert!(close(project(90.0, 0.0), (WIDTH / 2.0, 0.0)));
        assert!(close(project(-90.0, 0.0), (WIDTH / 2.0, HEIGHT)));
        assert!((HEIGHT - 486.7).abs() < 0.5, "{HEIGHT}");
    }

    #[test]
    fn known_cities_land_where_they_should() {
        let seoul = project(37.5665, 126.978);
        let chengdu = project(30.66, 104.06);
        let mexico = project(19.43, -99.13);
        let abuja = project(9.06, 7.5);
        // east of Greenwich is right of centre, north is up
        assert!(seoul.0 > WIDTH / 2.0 && seoul.1 < HEIGHT / 2.0);
        assert!(mexico.0 < WIDTH / 2.0 && mexico.1 < HEIGHT / 2.0);
        // Seoul is east and north of Chengdu; Abuja is close to the centre
        assert!(seoul.0 > chengdu.0 && seoul.1 < chengdu.1);
        assert!((abuja.0 - WIDTH / 2.0).abs() < 30.0 && (abuja.1 - HEIGHT / 2.0).abs() < 40.0);
        // reference values computed from the published (d3-geo) formula
        let (x, y) = raw(37.5665, 126.978);
        assert!(
            (x - 1.717_328).abs() < 1e-5 && (y - 0.731_589).abs() < 1e-5,
            "{x} {y}"
        );
    }

    #[test]
    fn parallels_are_straight_and_meridians_converge() {
        let a = project(45.0, -100.0);
        let b = project(45.0, 100.0);
        assert!((a.1 - b.1).abs() < 1e-9);
        let equator = project(0.0, 90.0).0 - WIDTH / 2.0;
        let north = project(60.0, 90.0).0 - WIDTH / 2.0;
        assert!(north < equator);
    }
}
