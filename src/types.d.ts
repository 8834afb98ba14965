declare module "@11ty/eleventy";
