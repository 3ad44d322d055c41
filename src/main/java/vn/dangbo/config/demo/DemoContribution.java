package vn.dangbo.config.demo;

/** Demo data of a module beyond the registry (resolutions, meetings...), loaded after the wards exist. */
public interface DemoContribution {

    void load(DemoWards wards);
}
