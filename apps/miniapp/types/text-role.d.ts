import '@tarojs/components/types/Text'

declare module '@tarojs/components/types/Text' {
  interface TextProps {
    /**
     * What a tappable text is to a screen reader (button, tab). View declares it; Text renders a span on H5 and a
     * text node on WeChat, which both accept it, but Taro's type leaves it out (decision 035).
     */
    role?: string
  }
}
