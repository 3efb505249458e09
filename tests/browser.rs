//! Browser tests (wasm-bindgen-test in headless Chromium): what only a real
//! page can show. Run by `./dev test`.
#![cfg(target_arch = "wasm32")]

use childstats::data::{parse_catalogue, parse_figures, AreaCode, Dataset, IndicatorCode, Year};
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
fn bundled_files_parse_the_same_in_webassembly() {
    let catalogue = parse_catalogue("core.json", include_str!("../public/data/core.json")).unwrap();
    let code = IndicatorCode::new("CPP_rate");
    let figures = parse_figures("CPP_rate.json", include_str!("../public/data/figures/CPP_rate.json"), &code, &catalogue).unwrap();
    let mut dataset = Dataset::new(catalogue);
    dataset.insert_figures(&code, Ok(figures));
    let year = Year::new(2021).unwrap();
    let cell = dataset.cell(&code, AreaCode::SOUTHAMPTON, year);
    assert_eq!(cell.value, Ok(62.3));
}

#[wasm_bindgen_test]
fn a_panic_report_is_written_into_the_page() {
    explorer::fatal::show_fatal_message();
    let panel = document().get_element_by_id("fatal-error").expect("a visible error panel");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert!(panel.text_content().unwrap().contains("Reloading the page"));
    panel.remove();
}

#[wasm_bindgen_test]
async fn app_without_its_data_says_so_instead_of_a_blank_page() {
    // The test runner serves no `data/` folder, so the catalogue fetch fails.
    leptos::mount::mount_to_body(explorer::ui::App);
    for _ in 0..100 {
        if let Ok(Some(alert)) = document().query_selector("[role=alert]") {
            let text = alert.text_content().unwrap();
            assert!(text.contains("The figures could not be loaded"), "{text}");
            assert!(text.contains("core.json"), "names the file: {text}");
            return;
        }
        TimeoutFuture::new(50).await;
    }
    panic!("no error message appeared within 5 s");
}

/// The canvas backend sets a colour only when it changes, so it must know
/// what a turned text's saved and restored context left set: a blue mark
/// after blue turned text over a red one is blue, not the restored red.
#[wasm_bindgen_test]
fn the_canvas_backend_knows_the_colour_a_turned_text_leaves_set() {
    use explorer::ui::canvas_backend::CanvasBackend;
    use plotters::prelude::*;
    use plotters::style::FontTransform;
    use wasm_bindgen::JsCast;

    let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas").unwrap().dyn_into().unwrap();
    canvas.set_width(60);
    canvas.set_height(20);
    let root = CanvasBackend::with_canvas_object(canvas.clone()).unwrap().into_drawing_area();
    root.fill(&WHITE).unwrap();
    root.draw(&Rectangle::new([(0, 0), (10, 10)], RED.filled())).unwrap();
    let turned = ("sans-serif", 10).into_font().color(&BLUE).transform(FontTransform::Rotate90);
    root.draw(&Text::new("x", (25, 5), turned)).unwrap();
    root.draw(&Rectangle::new([(40, 0), (50, 10)], BLUE.filled())).unwrap();
    root.present().unwrap();
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let pixel = |x: f64| context.get_image_data(x, 5.0, 1.0, 1.0).unwrap().data().to_vec();
    assert_eq!(pixel(5.0)[..3], [255, 0, 0], "the first mark is red");
    assert_eq!(pixel(45.0)[..3], [0, 0, 255], "the mark after the turned text is blue");
}

/// The first paint hands each request it takes on to the interactive build
/// at once, before the answer has come: a build that starts while the
/// answer is on its way (a slow file) waits on the same request, and both
/// read the whole answer.
#[wasm_bindgen_test]
async fn a_request_taken_by_the_first_paint_is_shared_while_it_is_on_its_way() {
    use wasm_bindgen::JsCast;
    let window = web_sys::window().unwrap();
    let prefetch = js_sys::Map::new();
    js_sys::Reflect::set(&window, &"explorerPrefetch".into(), &prefetch).unwrap();
    // The boot script's request: answered only when the test says so.
    let mut answer = None;
    let pending = js_sys::Promise::new(&mut |resolve, _| answer = Some(resolve));
    let url = explorer::load::data_url("figures/slow.json", Some("v1"));
    prefetch.set(&url.as_str().into(), &pending);

    let first = std::rc::Rc::new(std::cell::RefCell::new(None));
    let read = first.clone();
    wasm_bindgen_futures::spawn_local(async move {
        *read.borrow_mut() = Some(explorer::load::text_handed_on("figures/slow.json", Some("v1")).await);
    });
    TimeoutFuture::new(0).await;
    let shared: js_sys::Promise = prefetch.get(&url.as_str().into()).dyn_into().expect("handed on before the answer came");
    let response = web_sys::Response::new_with_opt_str(Some(r#"{"slow": true}"#)).unwrap();
    answer.unwrap().call1(&wasm_bindgen::JsValue::NULL, &response).unwrap();
    for _ in 0..50 {
        if first.borrow().is_some() {
            break;
        }
        TimeoutFuture::new(10).await;
    }
    assert_eq!(first.borrow_mut().take().expect("the first paint's read is done").unwrap(), r#"{"slow": true}"#);
    let copy: web_sys::Response = wasm_bindgen_futures::JsFuture::from(shared).await.unwrap().dyn_into().unwrap();
    let text = wasm_bindgen_futures::JsFuture::from(copy.text().unwrap()).await.unwrap();
    assert_eq!(text.as_string().unwrap(), r#"{"slow": true}"#);
}
